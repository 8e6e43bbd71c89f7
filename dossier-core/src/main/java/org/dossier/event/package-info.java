/** Political events coded from the dependency parse: who did what to whom, when and where, in PLOVER and CAMEO. */
package org.dossier.event;
