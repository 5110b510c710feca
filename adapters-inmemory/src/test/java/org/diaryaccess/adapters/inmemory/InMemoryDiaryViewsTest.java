package org.diaryaccess.adapters.inmemory;

import org.diaryaccess.spi.contract.DiaryViewsContract;

/** The in-memory adapter passes the DiaryViews contract. */
class InMemoryDiaryViewsTest extends DiaryViewsContract {
  InMemoryDiaryViewsTest() {
    super(new InMemoryFixture());
  }
}
