/** Classes that break the architecture on purpose, to show the rules catch them. Never imported by the real check. */
package org.diaryaccess.core.architecture.planted;
