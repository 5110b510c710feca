/**
 * Rules R4, R5, R10, R12 and R13: access decisions with their basis or reasons, and the lists built on them.
 */
@NullMarked
package org.diaryaccess.core.decision;

import org.jspecify.annotations.NullMarked;
