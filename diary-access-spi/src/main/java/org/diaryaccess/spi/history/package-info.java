/**
 * What the access history (R15) stores: per viewer, pupil and day, how often the diary and each
 * section were opened, and how the viewer was related to the child then.
 */
@NullMarked
package org.diaryaccess.spi.history;

import org.jspecify.annotations.NullMarked;
