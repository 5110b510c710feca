package org.diaryaccess.adapters.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.diaryaccess.spi.AccessFacts;
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

  /** Generation {@code n}: the mother's e-mail and the class name both say {@code n}. */
  private void commit(int n) {
    store.unitOfWork().write(() -> {
      store.citizens().save(mother("m" + n + "@mail.ru"));
      store.schoolRegister().upsert(List.of(record("class " + n)));
      return null;
    });
  }

  @Test
  void neverReadsHalfOfAUnitOfWork() {
    commit(0);
    AtomicInteger generation = new AtomicInteger();
    int committed = readWhileWriting(() -> commit(generation.incrementAndGet()), (i, facts) -> {
      String email = facts.knownCitizen().orElseThrow().contacts().rawEmail().orElseThrow();
      String className = Objects.requireNonNull(facts.record()).className();
      assertThat(email).as("read %s", i).isEqualTo("m" + className.substring("class ".length()) + "@mail.ru");
    });
    assertThat(committed).as("units of work committed while reading").isPositive();
  }

  @Test
  void neverReadsAUnitOfWorkThatWasUndone() {
    commit(0);
    int undone = readWhileWriting(() -> assertThatThrownBy(() -> store.unitOfWork().write(() -> {
      store.citizens().save(mother("undone@mail.ru"));
      throw new IllegalStateException("undo");
    })).isInstanceOf(IllegalStateException.class), (i, facts) ->
        assertThat(facts.knownCitizen().orElseThrow().contacts().rawEmail()).as("read %s", i).contains("m0@mail.ru"));
    assertThat(undone).as("units of work undone while reading").isPositive();
  }

  /**
   * Reads the mother's facts {@value #READS} times, checking each, while another thread runs a
   * unit of work over and over.
   *
   * @return how many units of work the other thread ran meanwhile
   */
  private int readWhileWriting(Runnable unitOfWork, BiConsumer<Integer, AccessFacts.Facts> check) {
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
        check.accept(i, store.accessFacts().load(MOTHER, PUPIL));
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

  private static PupilRecord record(String className) {
    return new PupilRecord(PUPIL, SchoolId.of("school-1"), className, PersonName.of("Иванченко", "Антон"),
        LocalDate.of(2014, 1, 1), Contacts.none(), true, List.of());
  }
}
