package org.diaryaccess.core.hostapi;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.diaryaccess.adapters.inmemory.InMemoryStore;
import org.diaryaccess.core.DiaryAccess;
import org.junit.jupiter.api.Test;

/** A library built without a part it needs says which, at once, rather than failing on first use. */
class BuilderChecksTest {

  @Test
  void aMissingPartIsNamedWhenTheLibraryIsBuilt() {
    assertThatIllegalStateException().isThrownBy(() -> DiaryAccess.builder().build())
        .withMessageContaining("is required");
    assertThatIllegalStateException().isThrownBy(() -> DiaryAccess.builder().store(new InMemoryStore()).build())
        .withMessage("notificationCentre is required");
  }
}
