/**
 * What leaves the library: outbox messages, the notices a citizen receives, and the requests to the diary system.
 */
@NullMarked
package org.diaryaccess.spi.delivery;

import org.jspecify.annotations.NullMarked;
