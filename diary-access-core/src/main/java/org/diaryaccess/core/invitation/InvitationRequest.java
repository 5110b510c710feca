package org.diaryaccess.core.invitation;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.diaryaccess.core.validation.NoControlCharacters;
import org.diaryaccess.core.validation.ValidMobilePhone;
import org.diaryaccess.core.validation.ValidSnils;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.service.Service;
import org.jspecify.annotations.Nullable;

/**
 * The trusted-persons form («Доверенные лица»), as a host builds it from what the inviter typed
 * (R7 steps 1–3). The inviter is not part of it: the host passes the authenticated citizen.
 * Validated with Jakarta Validation before any rule runs.
 *
 * <pre>{@code
 * InvitationRequest form = InvitationRequest.byPhone("+7 916 555-12-34", "Бабушкина", List.of("pupil-1"))
 *     .withSections(EnumSet.of(DiarySection.GRADES, DiarySection.HOMEWORK));
 * }</pre>
 *
 * @param service the service, the e-diary
 * @param pupilIds the chosen children (1 to 20)
 * @param trusteeMobilePhone the trusted person's mobile phone, or {@code null} if named by SNILS
 * @param trusteeSnils the trusted person's SNILS, or {@code null} if named by phone
 * @param trusteeSurname the trusted person's surname
 * @param sections the sections to share, {@code null} for all of the service's
 * @param endDate the last day of access, {@code null} for no end
 * @since 0.1.0
 */
// The library's own constraints are read by Hibernate Validator, to which their package is opened;
// a host never names them.
@SuppressWarnings("exports")
@PhoneOrSnils
public record InvitationRequest(
    @NotNull(message = "{org.diaryaccess.UNKNOWN_SERVICE}") Service service,
    @NotEmpty(message = "{org.diaryaccess.NO_CHILDREN_SELECTED}")
        @Size(max = 20, message = "{org.diaryaccess.TOO_LONG}")
        List<@NotBlank(message = "{org.diaryaccess.REQUIRED}")
            @Size(max = 128, message = "{org.diaryaccess.TOO_LONG}")
            @NoControlCharacters String> pupilIds,
    @ValidMobilePhone @Nullable String trusteeMobilePhone,
    @ValidSnils @Nullable String trusteeSnils,
    @NotBlank(message = "{org.diaryaccess.REQUIRED}")
        @Size(max = 100, message = "{org.diaryaccess.TOO_LONG}")
        @NoControlCharacters String trusteeSurname,
    @Size(min = 1, message = "{org.diaryaccess.NO_SECTIONS_SELECTED}") @Nullable Set<DiarySection> sections,
    @FutureOrPresent(message = "{org.diaryaccess.END_DATE_IN_PAST}") @Nullable LocalDate endDate) {

  /**
   * A request naming the trusted person by mobile phone and surname, for the e-diary, all sections, no end.
   *
   * @param mobilePhone the trusted person's phone, as typed
   * @param surname the trusted person's surname
   * @param pupilIds the children's record ids, as the form posts them
   * @return the request
   */
  public static InvitationRequest byPhone(String mobilePhone, String surname, List<String> pupilIds) {
    return new InvitationRequest(Service.E_DIARY, pupilIds, mobilePhone, null, surname, null, null);
  }

  /**
   * A request naming the trusted person by SNILS and surname, for the e-diary, all sections, no end.
   *
   * @param snils the trusted person's SNILS, as typed
   * @param surname the trusted person's surname
   * @param pupilIds the children's record ids, as the form posts them
   * @return the request
   */
  public static InvitationRequest bySnils(String snils, String surname, List<String> pupilIds) {
    return new InvitationRequest(Service.E_DIARY, pupilIds, null, snils, surname, null, null);
  }

  /**
   * A request naming the trusted person by mobile phone and surname, for children named by their
   * records' ids — for code; {@link #byPhone(String, String, List)} takes them as a form posts them.
   *
   * @param mobilePhone the person's mobile phone
   * @param surname the person's surname
   * @param pupils the children
   * @return the request
   */
  public static InvitationRequest byPhone(String mobilePhone, String surname, PupilRecordId... pupils) {
    return byPhone(mobilePhone, surname, Arrays.stream(pupils).map(PupilRecordId::value).toList());
  }

  /**
   * A request naming the trusted person by SNILS and surname, for children named by their records'
   * ids — for code; {@link #bySnils(String, String, List)} takes them as a form posts them.
   *
   * @param snils the person's SNILS
   * @param surname the person's surname
   * @param pupils the children
   * @return the request
   */
  public static InvitationRequest bySnils(String snils, String surname, PupilRecordId... pupils) {
    return bySnils(snils, surname, Arrays.stream(pupils).map(PupilRecordId::value).toList());
  }


  /**
   * The same request narrowed to some sections.
   *
   * @param chosen the sections to share
   * @return the changed request
   */
  public InvitationRequest withSections(Set<DiarySection> chosen) {
    return new InvitationRequest(service, pupilIds, trusteeMobilePhone, trusteeSnils, trusteeSurname, chosen, endDate);
  }

  /**
   * The same request with an end date.
   *
   * @param last the last day of access
   * @return the changed request
   */
  public InvitationRequest withEndDate(LocalDate last) {
    return new InvitationRequest(service, pupilIds, trusteeMobilePhone, trusteeSnils, trusteeSurname, sections, last);
  }

  /** Masked: the trusted person's identifiers never appear. */
  /**
   * The chosen children as ids, without repeats, in the order chosen.
   *
   * @return the ids
   */
  public List<PupilRecordId> pupils() {
    return pupilIds.stream().distinct().map(PupilRecordId::of).toList();
  }

  @Override
  public String toString() {
    return "InvitationRequest[service=" + service + ", pupils=" + (pupilIds == null ? 0 : pupilIds.size())
        + ", byPhone=" + (trusteeMobilePhone != null) + ", bySnils=" + (trusteeSnils != null)
        + ", sections=" + sections + ", endDate=" + endDate + "]";
  }
}
