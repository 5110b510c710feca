package org.diaryaccess.examples.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The portal's own directory, for the names its pages print beside what the library returns:
 * citizens' names from their profiles and children's names and classes from the school's records.
 * Names only — never a phone, an e-mail or a SNILS. Dates in the reader's language: «01.09.2026»
 * on a Russian page, "1 September 2026" on an English one.
 */
@Component
class Names {
  private static final DateTimeFormatter RU_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter RU_MINUTE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter EN_MINUTE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

  private final DiaryStore store;
  private final Clock clock;

  Names(DiaryStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  String citizen(CitizenId id) {
    return store.citizens().findById(id).map(Citizen::name).map(n -> n.fullName()).orElse("—");
  }

  @Nullable PersonName person(CitizenId id) {
    return store.citizens().findById(id).map(Citizen::name).orElse(null);
  }

  String pupils(Collection<PupilRecordId> ids) {
    return store.schoolRegister().findAllById(ids).stream()
        .map(r -> r.name().fullName() + ", " + r.className())
        .collect(Collectors.joining("; "));
  }

  String day(Instant at, Locale locale) {
    return day(at.atZone(clock.getZone()).toLocalDate(), locale);
  }

  String day(LocalDate day, Locale locale) {
    return (russian(locale) ? RU_DAY : EN_DAY).format(day);
  }

  String minute(Instant at, Locale locale) {
    return (russian(locale) ? RU_MINUTE : EN_MINUTE).format(at.atZone(clock.getZone()));
  }

  private static boolean russian(Locale locale) {
    return "ru".equals(locale.getLanguage());
  }
}
