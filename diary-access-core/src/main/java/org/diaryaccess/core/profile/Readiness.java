package org.diaryaccess.core.profile;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.contact.FieldProblem;

/**
 * Rule R2 («Проверить обязательные данные»): a profile is ready for diary access when it holds a
 * valid e-mail and a valid mobile phone, and a SNILS, where present, is valid. Otherwise it names
 * each missing or invalid field, so the host can say "fill in X".
 *
 * @param problems what is missing or invalid; empty when ready
 * @since 0.1.0
 */
public record Readiness(List<FieldProblem> problems) {
  /**
   * Copies the list.
   *
   * @param problems what is missing or invalid; empty when ready
   */
  public Readiness {
    problems = ImmutableList.copyOf(problems);
  }

  /**
   * The readiness of a profile's contacts.
   *
   * @param contacts the profile's contacts
   * @return the verdict
   */
  public static Readiness of(Contacts contacts) {
    return new Readiness(contacts.problems());
  }

  /**
   * Whether nothing is missing or invalid.
   *
   * @return whether nothing is missing or invalid
   */
  public boolean isReady() {
    return problems.isEmpty();
  }
}
