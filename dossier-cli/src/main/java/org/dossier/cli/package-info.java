/** The {@code dossier} command: a thin edge that wires the pipeline and translates outcomes to exit codes. */
package org.dossier.cli;
