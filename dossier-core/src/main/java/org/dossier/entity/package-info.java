/** Entities: the names of an article grouped into one entity per real-world person, organisation or place. */
package org.dossier.entity;
