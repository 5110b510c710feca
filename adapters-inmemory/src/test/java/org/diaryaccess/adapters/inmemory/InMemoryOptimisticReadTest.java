package org.diaryaccess.adapters.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.diaryaccess.spi.AccessFacts;
import org.diaryaccess.spi.DecisionFacts;
import org.diaryaccess.spi.contact.Contacts;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.id.SchoolId;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.school.PupilRecord;
import org.junit.jupiter.api.Test;

/**
 * A decision reads the in-memory store without its lock; what it reads must still be one state
 * some unit of work committed: never half of a unit of work, never one that was undone.
 */
class InMemoryOptimisticReadTest {
  private static final CitizenId MOTHER = CitizenId.of("mother");
  private static final PupilRecordId PUPIL = PupilRecordId.of("p-1");
  private static final int READS = 200_000;

  private final InMemoryStore store = new InMemoryStore();

  /** Generation {@code n}: the mother's e-mail, the class name and the child's e-mail all say {@code n}. */
  private void commit(int n) {
    store.unitOfWork().write(() -> {
      store.citizens().save(mother("m" + n + "@mail.ru"));
      store.schoolRegister().upsert(List.of(record(n)));
      return null;
    });
  }

  @Test
  void neverReadsHalfOfAUnitOfWork() {
    commit(0);
    AtomicInteger generation = new AtomicInteger();
    int committed = readWhileWriting(() -> commit(generation.incrementAndGet()), i -> {
      AccessFacts.Facts facts = store.accessFacts().load(MOTHER, PUPIL);
      String email = facts.knownCitizen().orElseThrow().contacts().rawEmail().orElseThrow();
      String className = Objects.requireNonNull(facts.record()).className();
      assertThat(email).as("read %s", i).isEqualTo("m" + className.substring("class ".length()) + "@mail.ru");
    });
    assertThat(committed).as("units of work committed while reading").isPositive();
  }

  /** The narrow facts come from other tables than the wide ones: they too are one state. */
  @Test
  void neverDecidesOnHalfOfAUnitOfWork() {
    commit(0);
    AtomicInteger generation = new AtomicInteger();
    int committed = readWhileWriting(() -> commit(generation.incrementAndGet()), i -> {
      DecisionFacts facts = store.accessFacts().decisionFacts(MOTHER, PUPIL);
      String asker = Objects.requireNonNull(facts.asker()).email().orElseThrow().normalised();
      String pupil = Objects.requireNonNull(facts.enrolment()).pupil().email().orElseThrow().normalised();
      assertThat(pupil).as("read %s", i).isEqualTo("p" + asker.substring(1));
    });
    assertThat(committed).as("units of work committed while reading").isPositive();
  }

  @Test
  void neverReadsAUnitOfWorkThatWasUndone() {
    commit(0);
    int undone = readWhileWriting(() -> assertThatThrownBy(() -> store.unitOfWork().write(() -> {
      store.citizens().save(mother("undone@mail.ru"));
      throw new IllegalStateException("undo");
    })).isInstanceOf(IllegalStateException.class), i -> {
      assertThat(store.accessFacts().load(MOTHER, PUPIL).knownCitizen().orElseThrow().contacts().rawEmail())
          .as("read %s", i).contains("m0@mail.ru");
      assertThat(Objects.requireNonNull(store.accessFacts().decisionFacts(MOTHER, PUPIL).asker()).email())
          .as("read %s", i).hasValueSatisfying(email -> assertThat(email.normalised()).isEqualTo("m0@mail.ru"));
    });
    assertThat(undone).as("units of work undone while reading").isPositive();
  }

  /**
   * Reads the mother's facts {@value #READS} times, checking each, while another thread runs a
   * unit of work over and over.
   *
   * @return how many units of work the other thread ran meanwhile
   */
  private int readWhileWriting(Runnable unitOfWork, IntConsumer readAndCheck) {
    AtomicBoolean reading = new AtomicBoolean(true);
    CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> {
      int runs = 0;
      while (reading.get()) {
        unitOfWork.run();
        runs++;
      }
      return runs;
    });
    try {
      for (int i = 0; i < READS; i++) {
        readAndCheck.accept(i);
      }
    } finally {
      reading.set(false);
    }
    return writer.join();
  }

  private static Citizen mother(String email) {
    return new Citizen(MOTHER, PersonName.of("Иванченко", "Василиса"), LocalDate.of(1985, 3, 1), null,
        Contacts.of(email, "+79261234567", null));
  }

  private static PupilRecord record(int n) {
    return new PupilRecord(PUPIL, SchoolId.of("school-1"), "class " + n, PersonName.of("Иванченко", "Антон"),
        LocalDate.of(2014, 1, 1), Contacts.of("p" + n + "@mail.ru", null, null), true, List.of());
  }
}
