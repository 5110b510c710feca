/** R14's audit log as a hash chain: sealing committed entries, and verifying the chain. */
@NullMarked
package org.diaryaccess.core.audit;

import org.jspecify.annotations.NullMarked;
