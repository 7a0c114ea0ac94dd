#!/usr/bin/env python3
"""Builds the national gazetteer CSVs under data/gazetteer/ from the PyPI
package vietnamadminunits (MIT), plus the hand-checked province history files
under data/gazetteer/provinces/<slug>/history.csv.

Usage: scripts/build_gazetteer.sh  (sets up the venv and the wheel)
       python3 scripts/build_gazetteer.py WHEEL_DIR OUT_DIR

WHEEL_DIR is the unpacked wheel (it holds vietnamadminunits/data/dataset.db
and converter_2025.json). Writes, in OUT_DIR:
  provinces.csv       63 pre-reform + 34 post-reform provinces, region, successors
  units_pre2025.csv   commune-level units before 2025-07-01, with districts and validity
  units_2025.csv      commune-level units from 2025-07-01
  conversion_2025.csv old unit -> new unit (whole / partial), official codes
and prints the checks recorded in data/gazetteer/README.md.
"""

import csv
import json
import sqlite3
import sys
import unicodedata
from pathlib import Path

REFORM_DATE = "2025-07-01"
LAST_PRE_REFORM_DAY = "2025-06-30"

# Region of every pre-reform province (GSO code), in the regions the criteria
# catalog keys its thresholds by (QĐ 318/QĐ-TTg): the GSO socio-economic
# regions, with "Bắc Trung Bộ và Duyên hải miền Trung" split at Huế / Đà Nẵng.
REGIONS = {
    "TDMNPB": "02 04 06 08 10 11 12 14 15 17 19 20 24 25",
    "DBSH": "01 22 26 27 30 31 33 34 35 36 37",
    "BTB": "38 40 42 44 45 46",
    "DHNTB": "48 49 51 52 54 56 58 60",
    "TN": "62 64 66 67 68",
    "DNB": "70 72 74 75 77 79",
    "DBSCL": "80 82 83 84 86 87 89 91 92 93 94 95 96",
}
REGION_OF = {code: r for r, codes in REGIONS.items() for code in codes.split()}


def nfc(s):
    return unicodedata.normalize("NFC", s.strip()) if s else ""


def bare_province(full):
    for prefix in ("Thành phố ", "Tỉnh "):
        if full.startswith(prefix):
            return full[len(prefix):], prefix.strip()
    return full, ""


def slug(name):
    s = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return "-".join("".join(c if c.isalnum() else " " for c in s).split())


def write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    print(f"wrote {path}: {len(rows)} rows")


def main(wheel_dir, out_dir):
    data = Path(wheel_dir) / "vietnamadminunits" / "data"
    out = Path(out_dir)
    db = sqlite3.connect(data / "dataset.db")
    conv = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))

    # ---- pre-reform units (state of 2025-06-30) ----
    legacy = db.execute(
        """select provinceCode, province, districtCode, districtShort, districtType,
                  wardCode, wardShort, wardType, provinceKey, districtKey, wardKey
           from admin_units_legacy order by provinceCode, districtCode, wardCode"""
    ).fetchall()
    old_prov = {}
    key_to_old = {}  # "province_district_ward" key -> old commune code
    units_pre = []
    no_commune_districts = []
    for (pc, pfull, dc, dshort, dtype, wc, wshort, wtype, pk, dk, wk) in legacy:
        old_prov.setdefault(pc, (nfc(pfull), pk))
        if not wc:
            no_commune_districts.append(f"{nfc(pfull)} / {dtype} {nfc(dshort)} ({dc})")
            continue
        key_to_old[f"{pk}_{dk}_{wk}"] = wc
        units_pre.append(
            dict(province_code=pc, district_code=dc, district_name=nfc(dshort),
                 district_type=nfc(dtype), commune_code=wc, commune_name=nfc(wshort),
                 commune_type=nfc(wtype), valid_from="", valid_to=LAST_PRE_REFORM_DAY,
                 successor_code="", source="vau")
        )

    # ---- post-reform units ----
    new = db.execute(
        """select provinceCode, province, wardCode, wardShort, wardType, provinceKey, wardKey
           from admin_units order by provinceCode, wardCode"""
    ).fetchall()
    new_prov = {}
    new_key_to_code = {}
    units_new = []
    for (pc, pfull, wc, wshort, wtype, pk, wk) in new:
        new_prov.setdefault(pc, (nfc(pfull), pk))
        new_key_to_code[(pk, wk)] = wc
        units_new.append((pc, wc, nfc(wshort), nfc(wtype), REFORM_DATE))

    # ---- conversion old -> new ----
    new_pk_to_code = {pk: pc for pc, (_, pk) in new_prov.items()}
    old_pk_to_code = {pk: pc for pc, (_, pk) in old_prov.items()}
    conversion = {}  # old code -> list of (new code, merge_type, default)
    for new_pk, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_wk, old_keys in wards.items():
            code = new_key_to_code[(new_pk, new_wk)]
            for ok in old_keys:
                if ok not in key_to_old:
                    continue  # a district without communes (special zone)
                conversion.setdefault(key_to_old[ok], []).append((code, "whole", "yes"))
    for new_pk, olds in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for ok, targets in olds.items():
            old_code = key_to_old[ok]
            lst = conversion.setdefault(old_code, [])
            for t in targets:
                code = new_key_to_code[(new_pk, t["newWardKey"])]
                if not any(c == code for c, _, _ in lst):
                    lst.append((code, "partial", "yes" if t["isDefaultNewWard"] else "no"))
    # An old unit in both lists: its whole-list entry is one part of a split.
    for lst in conversion.values():
        if any(m == "partial" for _, m, _ in lst):
            lst[:] = [(c, "partial", d) for c, _, d in lst]
    old_prov_successor = {}
    for new_pk, old_pks in conv["DICT_PROVINCE"].items():
        for opk in old_pks:
            old_prov_successor[old_pk_to_code[opk]] = new_pk_to_code[new_pk]

    # ---- province history files (units the dataset lacks) ----
    by_code = {u["commune_code"]: u for u in units_pre}
    history_rows = []
    for hist in sorted((out / "provinces").glob("*/history.csv")):
        with open(hist, encoding="utf-8") as f:
            for h in csv.DictReader(f):
                h = {k: nfc(v) for k, v in h.items()}
                current = by_code.get(h["commune_code"])
                if current and current["commune_name"] == h["commune_name"]:
                    sys.exit(f"{hist}: {h['commune_code']} {h['commune_name']} is in the dataset already")
                succ = by_code.get(h["successor_code"])
                if not succ or succ["commune_name"] != h["successor_name"]:
                    sys.exit(f"{hist}: successor {h['successor_code']} {h['successor_name']} not in the dataset")
                if current:
                    # The dataset's unit under this code is the successor, which
                    # took the code over on the change date.
                    current["valid_from"] = h["changed_on"]
                history_rows.append(
                    dict(province_code=h["province_code"], district_code=succ["district_code"],
                         district_name=succ["district_name"], district_type=succ["district_type"],
                         commune_code=h["commune_code"], commune_name=h["commune_name"],
                         commune_type=h["commune_type"], valid_from="",
                         valid_to=h["valid_to"], successor_code=h["successor_code"],
                         source=f"provinces/{hist.parent.name}/history.csv")
                )
                # Converted through its successor.
                conversion[(h["commune_code"], h["commune_name"])] = conversion[h["successor_code"]]
    units_pre.extend(history_rows)
    units_pre.sort(key=lambda u: (u["province_code"], u["district_code"], u["commune_code"], u["valid_to"]))

    # ---- write ----
    prov_rows = []
    for pc, (full, _) in sorted(old_prov.items()):
        name, ptype = bare_province(full)
        prov_rows.append(("pre2025", pc, name, ptype, REGION_OF[pc], "", LAST_PRE_REFORM_DAY,
                          old_prov_successor[pc], slug(name)))
    for pc, (full, _) in sorted(new_prov.items()):
        name, ptype = bare_province(full)
        formers = [o for o, n in old_prov_successor.items() if n == pc]
        regions = sorted({REGION_OF[o] for o in formers})
        # A province keeping a former province's name keeps its region first.
        same = [o for o in formers if bare_province(old_prov[o][0])[0] == name]
        primary = REGION_OF[same[0]] if same else regions[0]
        regions = [primary] + [r for r in regions if r != primary]
        prov_rows.append(("post2025", pc, name, ptype, "|".join(regions), REFORM_DATE, "",
                          " ".join(sorted(formers)), slug(name)))
    write(out / "provinces.csv",
          ["period", "province_code", "province_name", "province_type", "region",
           "valid_from", "valid_to", "related_codes", "slug"], prov_rows)
    cols = ["province_code", "district_code", "district_name", "district_type", "commune_code",
            "commune_name", "commune_type", "valid_from", "valid_to", "successor_code"]
    write(out / "units_pre2025.csv", cols, [[u[c] for c in cols] for u in units_pre])
    write(out / "units_2025.csv",
          ["province_code", "commune_code", "commune_name", "commune_type", "valid_from"], units_new)
    conv_rows = []
    for u in units_pre:
        key = u["commune_code"] if u["source"] == "vau" else (u["commune_code"], u["commune_name"])
        targets = conversion.get(key)
        if not targets:
            sys.exit(f"no conversion for {u}")
        for code, merge, default in targets:
            conv_rows.append((u["commune_code"], u["valid_to"], code, merge, default))
    write(out / "conversion_2025.csv",
          ["old_commune_code", "old_valid_to", "new_commune_code", "merge_type", "default"],
          conv_rows)

    # ---- checks ----
    print(f"pre-reform: {len(old_prov)} provinces, "
          f"{len({u['district_code'] for u in units_pre})} districts with communes, "
          f"{sum(1 for u in units_pre if u['source'] == 'vau')} units from the dataset, "
          f"{len(history_rows)} from history files")
    print(f"districts without communes (not in units_pre2025.csv): {'; '.join(no_commune_districts)}")
    print(f"post-reform: {len(new_prov)} provinces, {len(units_new)} units")
    print(f"conversion: {len(conv_rows)} rows, "
          f"{len({r[0] for r in conv_rows if r[3] == 'partial'})} old units split (partial)")
    new_codes = {r[1] for r in units_new}
    assert all(r[2] in new_codes for r in conv_rows)
    assert len(old_prov) == 63 and len(new_prov) == 34 and len(units_new) == 3321


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
