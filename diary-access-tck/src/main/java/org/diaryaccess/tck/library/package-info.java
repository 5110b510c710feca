/**
 * The library on the store: what a host reads through the public API alone, and decisions, lists
 * and diagnosis agreeing under every match rule.
 */
package org.diaryaccess.tck.library;
