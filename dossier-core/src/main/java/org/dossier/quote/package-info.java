/** Quotations: quoted spans with their cue, speaker and the speaker's role. */
package org.dossier.quote;
