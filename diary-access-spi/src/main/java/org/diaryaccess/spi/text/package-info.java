/** Words a person reads: display names for the library's enums, in Russian and English. */
@NullMarked
package org.diaryaccess.spi.text;

import org.jspecify.annotations.NullMarked;
