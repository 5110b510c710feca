/**
 * The stateful property, which holds every decision of the library on the store against an
 * independent reference model of the rules R1–R14, and the property of hostile input at every
 * entry point.
 */
package org.diaryaccess.tck.properties;
