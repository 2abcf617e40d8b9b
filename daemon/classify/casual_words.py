"""Casual Indonesian and common typos expanded, words lower-cased: the text the type rules and model read."""

from __future__ import annotations

import re
from functools import lru_cache

# Casual Indonesian and common typos, mapped to the word the rules look for.
_ABBREVIATIONS = {
    "mhn": "mohon",
    "mohn": "mohon",
    "utk": "untuk",
    "untk": "untuk",
    "sy": "saya",
    "sya": "saya",
    "mk": "matakuliah",
    "nm": "nama",
    "mjd": "menjadi",
    "mnjd": "menjadi",
    "jd": "jadi",
    "jdi": "jadi",
    "matkul": "matakuliah",
    "makul": "matakuliah",
    "tdk": "tidak",
    "gak": "tidak",
    "ga": "tidak",
    "gk": "tidak",
    "nggak": "tidak",
    "ngga": "tidak",
    "enggak": "tidak",
    # not, in eastern Indonesian: Ternate and Tidore "tara", Kupang "sonde", Ambon "seng"
    "tara": "tidak",
    "sonde": "tidak",
    "seng": "tidak",
    # Manado "nyanda", Minang "indak" and "paralu", Javanese "mboten", Sundanese "teu"/"henteu" and "kedah"
    # (must; "teu kedah", need not); "lagi" as Javanese "malih" and Sundanese "deui": "nyanda usah diproses lagi"
    "nyanda": "tidak",
    "indak": "tidak",
    "paralu": "perlu",
    "mboten": "tidak",
    "teu": "tidak",
    "henteu": "tidak",
    "kedah": "perlu",
    "malih": "lagi",
    "deui": "lagi",
    # Javanese function words: "durung pasti", "isih nunggu", "kayane dadi 3 SKS", "mengko nek wis fix"
    "durung": "belum",
    "isih": "masih",
    "kayane": "kayaknya",
    "mengko": "nanti",
    "wis": "sudah",
    "dadi": "jadi",
    # "I" and "not" as regions write them: Jakarta "gue"/"gw", Betawi "ane", Banjar "ulun" and "kada", Balinese
    # "tiang"; Banjar "handak" (want)
    "gue": "saya",
    "gua": "saya",
    "gw": "saya",
    "ane": "saya",
    "ulun": "saya",
    "tiang": "saya",
    "kada": "tidak",
    "handak": "mau",
    # Javanese krama: "kulo taksih mlebet course ...", "nyuwun tulung kulo dipun pindah dhateng course ..."
    "kulo": "saya",
    "kula": "saya",
    "dhateng": "ke",
    "sampun": "sudah",
    "taksih": "masih",
    "mlebet": "masuk",
    "nyuwun": "mohon",
    "tulung": "tolong",
    "gantos": "ganti",
    "dados": "jadi",
    "nami": "nama",
    "sanget": "sekali",
    "wonten": "ada",
    "gabisa": "tidak bisa",
    "gbs": "tidak bisa",
    "dgn": "dengan",
    "yg": "yang",
    "sdh": "sudah",
    "udh": "sudah",
    "udah": "sudah",
    "blm": "belum",
    "krn": "karena",
    "pdhl": "padahal",
    "tp": "tapi",
    "ttp": "tetap",
    "skrg": "sekarang",
    "tlg": "tolong",
    "smt": "semester",
    "nnt": "nanti",
    "pengumunan": "pengumuman",
    "pengumman": "pengumuman",
    "elearning": "e-learning",
    "elerning": "e-learning",
    "e-lerning": "e-learning",
    "pw": "password",
    "passwd": "password",
    "pasword": "password",
    "ketutup": "tertutup",
    "nongol": "muncul",
    "prak": "praktikum",
    "dosen2": "dosen",
    "tks": "terima kasih",
    "makasih": "terima kasih",
    "trims": "terima kasih",
    "thx": "thanks",
    "pls": "please",
    "plz": "please",
}
_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_DOUBLED = re.compile(r"^([a-z]{3,})2$")
_KRAMA_NYA = re.compile(r"\b([a-z]{3,})ipun\b")


def normalise(text: str) -> str:
    """Lower-case words with abbreviations expanded and "mata kuliah" joined, for the rules."""
    return _normalised(text)


# The classifier normalises the subject and the text of one request more than once.
@lru_cache(maxsize=256)
def _normalised(text: str) -> str:
    words = [_ABBREVIATIONS.get(word) or _undoubled(word) for word in _TOKEN.findall(text.lower())]
    joined = " ".join(words)
    # (krama's passive is two words: "dipun pindah" is "dipindah")
    # (krama's thanks are two words, and its "-ipun" is "-nya": "nama singkatipun" is "nama singkatnya")
    joined = _KRAMA_NYA.sub(r"\1nya", joined.replace("matur nuwun", "terima kasih"))
    return joined.replace("mata kuliah", "matakuliah").replace("e learning", "e-learning").replace(" dipun ", " di")


def _undoubled(word: str) -> str:
    """ "muter2", "jalan2": a word doubled the informal way is the word."""
    return _DOUBLED.sub(r"\1", word) if word.endswith("2") else word
