/** The knowledge base: countries, places, people and organisations with dated positions, and name lookup. */
package org.dossier.kb;
