/**
 * The rules R1–R14 and the use cases behind one entry point, {@code DiaryAccess}. Exports its API
 * packages only: {@code support} (commands' plumbing) and {@code validation} (the Jakarta
 * constraints on input) stay inside, and only what Hibernate Validator reflects on is opened to
 * it.
 */
module org.diaryaccess.core {
  requires transitive org.diaryaccess.spi;
  requires com.google.common;
  requires com.google.i18n.phonenumbers.libphonenumber;
  // the host may validate its own forms with the library's validator (DiaryAccess.validator())
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  // the expression language Hibernate Validator interpolates messages with: needed at run time,
  // and named here because Hibernate Validator requires it only statically
  requires jakarta.el;
  requires org.glassfish.expressly;
  requires org.slf4j;

  exports org.diaryaccess.core;
  exports org.diaryaccess.core.audit;
  exports org.diaryaccess.core.decision;
  exports org.diaryaccess.core.delivery;
  exports org.diaryaccess.core.diagnosis;
  exports org.diaryaccess.core.grant;
  exports org.diaryaccess.core.history;
  exports org.diaryaccess.core.housekeeping;
  exports org.diaryaccess.core.invitation;
  exports org.diaryaccess.core.matching;
  exports org.diaryaccess.core.profile;
  exports org.diaryaccess.core.settings;
  exports org.diaryaccess.core.trusted;
  exports org.diaryaccess.core.wording;

  // Hibernate Validator reads the constrained request and makes the constraints' validators.
  opens org.diaryaccess.core.invitation to org.hibernate.validator;
  opens org.diaryaccess.core.validation to org.hibernate.validator;
}
