package org.dossier.event;

/** One CAMEO code with its name, Goldstein score, quad class (1–4) and PLOVER type and mode (nullable). */
public record CameoCode(String code, String name, double goldstein, int quadClass, String plover, String ploverMode) {
}
