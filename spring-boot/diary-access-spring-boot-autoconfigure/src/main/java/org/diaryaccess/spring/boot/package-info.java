/** diary-access in a Spring Boot host: auto-configuration, properties, scheduling and health. */
@NullMarked
package org.diaryaccess.spring.boot;

import org.jspecify.annotations.NullMarked;
