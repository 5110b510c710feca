package org.diaryaccess.examples.portal;

import java.util.Map;

/**
 * A destructive action asked once more before it is done, on a page of its own: what will happen,
 * in words, and the form that does it — the same fields posted again with {@code confirmed=yes}.
 * No script is needed, so it works under the portal's Content Security Policy and without
 * JavaScript.
 *
 * @param title the page's title
 * @param question what is about to happen, as a question
 * @param detail what follows from it
 * @param action where the confirmed form posts
 * @param fields the fields to post again
 * @param confirm the label of the button that does it
 * @param back where «Вернуться» leads
 */
record Confirmation(String title, String question, String detail, String action, Map<String, String> fields,
    String confirm, String back) {

  /** The field a confirmed form carries. */
  static final String CONFIRMED = "confirmed";

  /**
   * Whether a post is the confirmed one.
   *
   * @param confirmed the {@code confirmed} field, or {@code null}
   * @return whether it says yes
   */
  static boolean given(String confirmed) {
    return "yes".equals(confirmed);
  }
}
