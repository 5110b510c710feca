package org.diaryaccess.examples.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.diaryaccess.core.invitation.InvitationRequest;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.service.Service;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The «Доверенные лица» form as posted: the guide's steps 1–3. The library validates it
 * ({@link InvitationRequest}); this class only carries it between the pages.
 */
public class InvitationForm {
  /** The trusted person is named by mobile phone. */
  public static final String BY_PHONE = "phone";
  /** The trusted person is named by SNILS. */
  public static final String BY_SNILS = "snils";

  private @Nullable Service service = Service.E_DIARY;
  private List<String> pupils = new ArrayList<>();
  private String by = BY_PHONE;
  private String contact = "";
  private String surname = "";
  private List<DiarySection> sections = new ArrayList<>(DiariesController.SHOWN);
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate endDate;

  /** An empty form: the e-diary, every shown section, named by phone. */
  public InvitationForm() {}

  /**
   * The request the library checks.
   *
   * @return the request
   */
  public InvitationRequest toRequest() {
    String named = contact.isBlank() ? null : contact;
    return new InvitationRequest(service, List.copyOf(pupils), BY_SNILS.equals(by) ? null : named,
        BY_SNILS.equals(by) ? named : null, surname,
        sections.isEmpty() ? EnumSet.noneOf(DiarySection.class) : EnumSet.copyOf(sections), endDate);
  }

  /**
   * Returns the service.
   *
   * @return the service
   */
  public @Nullable Service getService() {
    return service;
  }

  /**
   * Sets the service.
   *
   * @param service the service
   */
  public void setService(@Nullable Service service) {
    this.service = service;
  }

  /**
   * Returns the chosen children's record ids.
   *
   * @return the chosen children's record ids
   */
  public List<String> getPupils() {
    return pupils;
  }

  /**
   * Sets the chosen children's record ids.
   *
   * @param pupils the chosen children's record ids
   */
  public void setPupils(@Nullable List<String> pupils) {
    this.pupils = pupils == null ? new ArrayList<>() : pupils;
  }

  /**
   * Returns {@value #BY_PHONE} or {@value #BY_SNILS}.
   *
   * @return {@value #BY_PHONE} or {@value #BY_SNILS}
   */
  public String getBy() {
    return by;
  }

  /**
   * Sets {@value #BY_PHONE} or {@value #BY_SNILS}.
   *
   * @param by {@value #BY_PHONE} or {@value #BY_SNILS}
   */
  public void setBy(@Nullable String by) {
    this.by = BY_SNILS.equals(by) ? BY_SNILS : BY_PHONE;
  }

  /**
   * Returns the phone or SNILS as typed.
   *
   * @return the phone or SNILS as typed
   */
  public String getContact() {
    return contact;
  }

  /**
   * Sets the phone or SNILS as typed.
   *
   * @param contact the phone or SNILS as typed
   */
  public void setContact(@Nullable String contact) {
    this.contact = contact == null ? "" : contact;
  }

  /**
   * Returns the surname as typed.
   *
   * @return the surname as typed
   */
  public String getSurname() {
    return surname;
  }

  /**
   * Sets the surname as typed.
   *
   * @param surname the surname as typed
   */
  public void setSurname(@Nullable String surname) {
    this.surname = surname == null ? "" : surname;
  }

  /**
   * Returns the sections to share.
   *
   * @return the sections to share
   */
  public List<DiarySection> getSections() {
    return sections;
  }

  /**
   * Sets the sections to share.
   *
   * @param sections the sections to share
   */
  public void setSections(@Nullable List<DiarySection> sections) {
    this.sections = sections == null ? new ArrayList<>() : sections;
  }

  /**
   * Returns the last day of access, or {@code null}.
   *
   * @return the last day of access, or {@code null}
   */
  public @Nullable LocalDate getEndDate() {
    return endDate;
  }

  /**
   * Sets the last day of access, or {@code null}.
   *
   * @param endDate the last day of access, or {@code null}
   */
  public void setEndDate(@Nullable LocalDate endDate) {
    this.endDate = endDate;
  }

  @Override
  public String toString() {
    return "InvitationForm[pupils=" + pupils.size() + ", by=" + by + ", sections=" + sections + "]";
  }
}
