/**
 * Typed errors with stable reason codes, and their messages in Russian and English.
 *
 * <p>Every refusal the library gives carries one or more {@link org.diaryaccess.spi.error.ReasonCode}s.
 * The code's name is stable and is what a host should branch on; its message is for people.
 */
@NullMarked
package org.diaryaccess.spi.error;

import org.jspecify.annotations.NullMarked;
