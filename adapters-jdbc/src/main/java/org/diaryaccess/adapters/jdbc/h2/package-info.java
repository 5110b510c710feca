/**
 * What the adapter installs in an H2 database: the audit log's guard.
 *
 * @since 0.1.0
 */
@NullMarked
package org.diaryaccess.adapters.jdbc.h2;

import org.jspecify.annotations.NullMarked;
