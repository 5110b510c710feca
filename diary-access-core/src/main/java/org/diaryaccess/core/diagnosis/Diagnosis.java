package org.diaryaccess.core.diagnosis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.diaryaccess.spi.contact.FieldProblem;
import org.diaryaccess.spi.error.ReasonCode;

/**
 * Rule R6 («Если войти в дневник не получилось»): why a citizen has no access, told without
 * revealing what the school holds, and the card for the class teacher.
 *
 * @param profileProblems the citizen's own missing or invalid fields (R2)
 * @param findings what differs from school entries that already match one of the citizen's
 *     identifiers ({@code EMAIL_DIFFERS}, {@code MOBILE_PHONE_DIFFERS}, {@code SNILS_DIFFERS}),
 *     or {@code NO_SCHOOL_DATA_FOR_CONTACTS} when no entry matches any of them
 * @param visibleDiaries how many diaries the citizen can already see
 * @param card the card for the class teacher
 * @since 0.1.0
 */
public record Diagnosis(
    List<FieldProblem> profileProblems, List<ReasonCode> findings, int visibleDiaries, ClassTeacherCard card) {
  /**
   * Copies the lists.
   *
   * @param profileProblems the citizen's own missing or invalid fields (R2)
   * @param findings what differs from school entries that already match one of the citizen's identifiers ({@code EMAIL_DIFFERS}, {@code MOBILE_PHONE_DIFFERS}, {@code SNILS_DIFFERS}), or {@code NO_SCHOOL_DATA_FOR_CONTACTS} when no entry matches any of them
   * @param visibleDiaries how many diaries the citizen can already see
   * @param card the card for the class teacher
   */
  public Diagnosis {
    profileProblems = ImmutableList.copyOf(profileProblems);
    findings = ImmutableList.copyOf(findings);
    checkNotNull(card, "card");
  }
}
