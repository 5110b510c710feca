/**
 * The contract of every storage port and fact reader of the SPI, one abstract JUnit 5 class each.
 * {@link org.diaryaccess.tck.DiaryStoreTck} runs them all; a store can also run one by extending
 * it and passing a {@link org.diaryaccess.tck.StoreProvider}.
 */
package org.diaryaccess.tck.contract;
