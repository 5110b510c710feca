package org.diaryaccess.examples.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;
import org.diaryaccess.spi.DiaryStore;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.people.Citizen;
import org.springframework.stereotype.Component;

/**
 * The portal's own directory, for the names its pages print beside what the library returns:
 * citizens' names from their profiles and children's names and classes from the school's records.
 * Names only — never a phone, an e-mail or a SNILS.
 */
@Component
class Names {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private final DiaryStore store;
  private final Clock clock;

  Names(DiaryStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  String citizen(CitizenId id) {
    return store.citizens().findById(id).map(Citizen::name).map(n -> n.fullName()).orElse("—");
  }

  String pupils(Collection<PupilRecordId> ids) {
    return store.schoolRegister().findAllById(ids).stream()
        .map(r -> r.name().fullName() + ", " + r.className())
        .collect(Collectors.joining("; "));
  }

  String day(Instant at) {
    return DAY.format(at.atZone(clock.getZone()));
  }

  String day(LocalDate day) {
    return DAY.format(day);
  }

  String minute(Instant at) {
    return MINUTE.format(at.atZone(clock.getZone()));
  }
}
