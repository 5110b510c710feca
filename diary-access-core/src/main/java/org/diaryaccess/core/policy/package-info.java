/**
 * The settings of SPEC §7 in one object: {@link org.diaryaccess.core.policy.AccessPolicy}.
 */
@NullMarked
package org.diaryaccess.core.policy;

import org.jspecify.annotations.NullMarked;
