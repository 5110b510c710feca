/**
 * The ports of diary-access and the value types they speak in: what the library needs from its
 * host, each named after what it holds. Every package is API.
 */
module org.diaryaccess.spi {
  requires transitive com.google.common;
  requires transitive org.jspecify;
  requires com.google.i18n.phonenumbers.libphonenumber;

  exports org.diaryaccess.spi;
  exports org.diaryaccess.spi.audit;
  exports org.diaryaccess.spi.contact;
  exports org.diaryaccess.spi.delivery;
  exports org.diaryaccess.spi.error;
  exports org.diaryaccess.spi.grant;
  exports org.diaryaccess.spi.history;
  exports org.diaryaccess.spi.id;
  exports org.diaryaccess.spi.invitation;
  exports org.diaryaccess.spi.paging;
  exports org.diaryaccess.spi.people;
  exports org.diaryaccess.spi.school;
  exports org.diaryaccess.spi.service;
  exports org.diaryaccess.spi.text;
}
