"""Build src/bilat/data/th_classifiers.json: Thai classifiers (ลักษณนาม) from the Thai Link Grammar lexicon (issue 11).

    git -C LINK_GRAMMAR show COMMIT:data/th/words/words.cl.noun > words.cl.noun
    python scripts/build_th_classifiers.py words.cl.noun --commit COMMIT

Source: opencog/link-grammar, data/th/words/words.cl.noun (the noun classifiers of the Thai Link Grammar, Prachya
Boonkwan, NECTEC, 2021; licence CC BY 4.0 as data/th/README.md states), commit
fa01389375e2926973ab78f6071eaafaae15790d (2025-09-26; the file last changed in c1d2c8d, 2022-03-24). One entry a
line, `WORD.cln`.

A number before any classifier kept here is a count (bilat.stages.quantities, Thai), unless the classifier begins a
longer word of pythainlp's Thai dictionary at that place (``ร้านอาหาร``, ``วงเงิน``; checked at run time for these
entries only). Left out, by reason (LEFT_OUT): spans of time and clock words (a span is no figure), "times" and
sequence words, currencies and percent (units.json and currencies.json read those), magnitudes and degrees,
abbreviations of one letter (``ม.``, ``น.``), sports scores, words that are no classifier after a number in news
(function words, names, verbs the tagger took for classifiers), and words that begin many others. The hand-made
classifiers of numbers.json (th.classifiers) keep their units; UNITS gives the units of the measures and people here.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "bilat" / "data" / "th_classifiers.json"
NUMBERS = Path(__file__).resolve().parents[1] / "src" / "bilat" / "data" / "numbers.json"

LEFT_OUT: dict[str, tuple[str, ...]] = {
    "time": ("ขณะ", "ขวบ", "คาบ", "คืน", "ชม.", "ช.ม.", "ชันษา", "ชั่ว", "ชั่วโมง", "ทศวรรษ", "ทุ่ม", "เทอม", "ไตรมาส",
             "นาที", "ปี", "พรรษา", "พัก", "โมง", "ยุค", "รัชกาล", "รัชสมัย", "ฤดูกาล", "วัน", "วัย", "วิ", "วินาที", "วีค",
             "เวลา", "ศตวรรษ", "สมัย", "สัปดาห์", "อาทิตย์", "เดือน", "ตี", "งวด", "ช่วง", "ระยะ", "ผลัด", "วาระ",
             "มิลลิวินาที", "ชวด"),
    "times_or_sequence": ("หมู่", "หมวด", "ครึ่ง", "ขั้น", "ขั้นตอน", "ชั้น", "ชั้นปี", "ที", "เท่า", "รอบ", "ระดับ", "ลำดับ", "อันดับ",
                          "ยก", "ระลอก", "ตลบ", "เลข", "เลขหมาย", "หมายเลข", "รหัส", "มาตรา", "วรรค", "ส่วน", "รอง",
                          "ต่อ", "ทอด", "เด้ง", "ลบ."),
    "money_or_percent": ("ดอลลาร์", "ดอลล่าร์", "ดอลล์", "บาท", "ปอนด์", "ยูโร", "เยน", "หยวน", "ริงกิต", "เรียล", "แรนด์",
                         "สตางค์", "เซนต์", "เหรียญ", "เหรียญฯ", "เปอร์เซนต์", "เปอร์เซ็น", "เปอร์เซ็นต์", "แบงก์",
                         "มิลลิกรัมเปอร์เซ็นต์", "ราคา", "อัตรา", "ทุน", "หุ้น", "หลักทรัพย์"),
    "magnitude_or_degree": ("ริกเตอร์", "ริคเตอร์", "องศา", "ดีกรี", "เซลเซียส", "กะรัต"),
    "one_letter_abbreviation": ("จ.", "น.", "ม.", "ล.", "ย.", "อ.", "ตร.", "สบ", "สบ.", "สน.", "สต.", "นร.", "ปท.", "ชช.",
                                "กท.", "กกต.", "ร.ร.", "อบต.", "กม", "ก.ม.", "ก.ก.", "ซ.ม.", "ม.ม."),
    "sports_score": ("พาร์", "อันเดอร์", "อันเดอร์พาร์", "โอเวอร์", "โอเวอร์พาร์", "เบอร์ดี", "เบอร์ดี้", "พัตต์", "สโตรก",
                     "สโตรค", "รีบาวด์", "ไทเบรก", "ควอเตอร์", "สกอร์", "แต้ม", "ประตู", "แมตช์", "แมทช์", "เกม",
                     "เซ็ต", "เซต", "ไฟต์", "ศึก", "แชมป์", "ซูเปอร์สตาร์"),
    "no_classifier_in_news": ("รายงาน", "ผัด", "พับ", "เหล่า", "เทค", "วา", "ร่าง", "แยก", "แล้ว", "ไป", "เดียว", "หลาย", "ที่", "เมื่อ", "เดิม", "บาง", "อดีต", "จำกัด", "ต้อนรับ",
                              "หยุดยั้ง", "ทะยาน", "บิน", "เนรมิต", "อ้าง", "สด", "แดง", "แคบ", "จำนวน", "ใจ", "นครสวรรค์",
                              "โรม่า", "เอเชียน", "นอร์ท", "หางแดง", "กิเลน", "นาค", "วโรกาส", "ไตร", "ยู", "เอส", "เมก",
                              "แม็ก", "ในเฟต", "ไอเอสเอฟ", "ไอพี", "ซีซีเอส", "เควีเอ", "บียู", "บีทียู", "พีพีเอ็ม",
                              "หัวไรท์", "ตาราง/CL", "แสนโด๊ส", "แสนตัน", "ชุมชุน", "กิ๊ก", "เกลอ", "ก๊ก", "ห่า", "ขา",
                              "มือ", "ปาก", "หน้า", "ท้อง", "น่อง", "หัว", "ใจ", "ชื่อ", "คำ", "สี", "รส", "รสชาติ", "ลาย",
                              "ลุค", "โลก", "ยอด", "ฐาน", "กำลัง", "กระแส", "คลื่น", "น้ำ", "ดาว", "นาโน", "วิป", "เพลย์",
                              "เซ็น", "ดิจิต", "บิต", "โล", "กิโล", "ขนาด", "ขนาน", "ขยัก", "คม", "ตุง", "ฟอด", "เป๊ก",
                              "มวน", "เพลา", "แพร่ง", "หลาบ", "ฝัก", "ซี่", "ปึก", "เปลาะ", "หาบ", "ขุม", "ครอก", "โขลง",
                              "กระบุงโกย", "ไฟลต์", "ฟุตไลน์", "เบรกพอยต์", "พิกัด", "พิสัย", "มิติ", "สถานะ", "ลักษณะ",
                              "แบบ", "อย่าง", "อัน", "สิ่ง", "เรือ", "บ้าน", "พื้น", "แง่", "ทาง", "สาย", "แนว", "วง",
                              "จอ", "ตู้", "ถาด", "ท่า", "ท่อ", "ท่อน", "ปม", "รู", "รอย", "ล้อ", "เสา", "เส้า", "ดอก", "ต้น",
                              "ฉาก", "ซีน", "ภาพ", "สูตร", "หมาย", "หลัก", "เจ้า", "รัฐ", "ข้าง", "ฝั่ง", "ฟาก", "ซีก",
                              "ภาค", "โรง", "เพศ", "ราศี", "ชาติ", "ภาษา", "ศาสนา", "สัญชาติ", "เชื้อชาติ", "เผ่า", "ตระกูล"),
}

# units of the measures and people kept here (the rest count with no unit of their own)
UNITS = {"ท่าน": "person", "บุคคล": "person", "พลทหาร": "soldier", "กิโลกรัม": "kg", "กรัม": "g", "กิโลเมตร": "km",
         "มิลลิเมตร": "mm", "มม.": "mm", "กม.": "km", "กม": "km", "กก.": "kg", "ตัน": "tonne", "ลบ.ม.": "_",
         "ลูกบาศก์เมตร": "_", "จำเลย": "person", "โจทก์": "person", "เยาวชน": "person", "ทีม": "_"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("words", type=Path, help="data/th/words/words.cl.noun of opencog/link-grammar")
    ap.add_argument("--commit", default="fa01389375e2926973ab78f6071eaafaae15790d")
    args = ap.parse_args()
    words = [line.strip().rsplit(".", 1)[0] for line in args.words.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    hand = json.loads(NUMBERS.read_text(encoding="utf-8"))["th"]["classifiers"]
    out_words = {w for ws in LEFT_OUT.values() for w in ws}
    kept = {w: UNITS.get(w, "_") for w in sorted(set(words)) if w not in out_words and w not in hand and len(w) >= 2}
    data = {
        "_about": "Thai classifiers (ลักษณนาม) after which a number is a count: word -> unit ('_': a count with no unit of "
                  "its own). From the Thai Link Grammar's noun classifiers, less the words left out by reason "
                  "(scripts/build_th_classifiers.py, LEFT_OUT) and those numbers.json th.classifiers already has. Built "
                  "by scripts/build_th_classifiers.py; do not edit by hand.",
        "source": "opencog/link-grammar data/th/words/words.cl.noun (Thai Link Grammar, Prachya Boonkwan, NECTEC)",
        "commit": args.commit,
        "licence": "CC BY 4.0 (data/th/README.md of the source), https://creativecommons.org/licenses/by/4.0/",
        "source_entries": len(words),
        "classifiers": kept,
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(OUT, "source", len(words), "kept", len(kept), "already hand-made", sum(w in hand for w in set(words)),
          "left out", sum(w in out_words for w in set(words)))


if __name__ == "__main__":
    main()
