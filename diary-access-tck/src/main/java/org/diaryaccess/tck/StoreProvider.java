package org.diaryaccess.tck;

/**
 * How the kit gets a fresh, empty store: the one thing a host supplies to run any suite of the
 * kit on its own store. {@link DiaryStoreTck} asks for it as an abstract method; each suite of
 * {@link org.diaryaccess.tck.contract} takes one in its constructor.
 */
@FunctionalInterface
public interface StoreProvider {

  /**
   * Opens a fresh, empty store; the kit closes it when the test ends.
   *
   * @return the store under test
   */
  StoreUnderTest open();
}
