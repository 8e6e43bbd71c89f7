/** The immutable article model: text, spans into it, and the typed layers the stages add. */
package org.dossier.model;
