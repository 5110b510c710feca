/** What a host portal reads through the public API alone, as an abstract test each adapter runs. */
@NullMarked
package org.diaryaccess.core.hostapi;

import org.jspecify.annotations.NullMarked;
