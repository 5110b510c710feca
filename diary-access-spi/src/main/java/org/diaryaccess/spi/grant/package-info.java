/**
 * A trusted person's grant for one child (R8 to R12), with its lifecycle.
 */
@NullMarked
package org.diaryaccess.spi.grant;

import org.jspecify.annotations.NullMarked;
