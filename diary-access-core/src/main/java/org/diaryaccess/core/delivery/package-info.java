/**
 * The outbox delivered at least once: notices to the notification centre, requests to the diary
 * system, with retries and back-off.
 */
@NullMarked
package org.diaryaccess.core.delivery;

import org.jspecify.annotations.NullMarked;
