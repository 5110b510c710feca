package org.diaryaccess.core.diagnosis;

import static com.google.common.base.Preconditions.checkNotNull;

import org.diaryaccess.spi.contact.Masking;
import org.diaryaccess.spi.people.PersonName;
import org.jspecify.annotations.Nullable;

/**
 * The card a citizen hands to the class teacher (guide, step 3): their own name, e-mail and
 * mobile phone exactly as the profile holds them, so the school can enter the same. It is shown
 * to the citizen themselves; {@code toString} masks it for logs.
 *
 * @param name the citizen's name
 * @param email the e-mail as the profile holds it (normalised if valid), or {@code null}
 * @param mobilePhone the phone as the profile holds it ({@code +7 926 123-45-67} if valid), or {@code null}
 * @since 0.1.0
 */
public record ClassTeacherCard(PersonName name, @Nullable String email, @Nullable String mobilePhone) {
  /**
   * Checks the name.
   *
   * @param name the citizen's name
   * @param email the e-mail as the profile holds it (normalised if valid), or {@code null}
   * @param mobilePhone the phone as the profile holds it ({@code +7 926 123-45-67} if valid), or {@code null}
   */
  public ClassTeacherCard {
    checkNotNull(name, "name");
  }

  /** Masked, for logs. */
  @Override
  public String toString() {
    return "ClassTeacherCard[name=" + name + ", email=" + Masking.raw(email) + ", mobilePhone="
        + Masking.raw(mobilePhone) + "]";
  }
}
