/**
 * Plumbing shared by the capabilities: the ports bundle, commands run in one audited unit of work, paging.
 */
@NullMarked
package org.diaryaccess.core.support;

import org.jspecify.annotations.NullMarked;
