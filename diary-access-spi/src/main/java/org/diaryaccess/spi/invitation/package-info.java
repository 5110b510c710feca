/**
 * A legal representative's invitation of a trusted person (R7, R8), with its lifecycle.
 */
@NullMarked
package org.diaryaccess.spi.invitation;

import org.jspecify.annotations.NullMarked;
