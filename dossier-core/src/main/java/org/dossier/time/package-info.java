/** Time expressions: TIMEX3 values turned into ISO 8601 dates as precise as the text allows. */
package org.dossier.time;
