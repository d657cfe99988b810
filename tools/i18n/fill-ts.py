#!/usr/bin/env python3
"""Fill a Qt Linguist .ts catalogue from JSON dictionaries (source text -> translation).

    fill-ts.py translations/linnet_es.ts es-a.json es-b.json    # fill, mark finished, rewrite
    fill-ts.py --check translations/linnet_es.ts                # exit 1 if anything is left
    fill-ts.py --missing todo.json translations/linnet_es.ts    # skeleton of what is left
    fill-ts.py --export all.json translations/linnet_es.ts      # the catalogue as a dictionary

A dictionary maps a source text to its translation: a string, or for a plural (%n) message a
list with one string per plural form of the language. The same source text usually reads the
same everywhere; where a context needs another wording, "@context" overrides it:

    {"Open": "Abrir", "@context": {"TimelineTile": {"on": "encendido"}}}

Messages with a disambiguation comment are looked up as "source|comment" first. Later
dictionaries win over earlier ones. A translation is written only when its placeholders
(%1, %L1, %n), markup tags and mnemonic (&) match the source; otherwise the message stays
unfinished and the script exits with 1. Messages without a dictionary entry keep what they
have, so a catalogue can be filled in several passes. The file is written the way lupdate
writes it, so lupdate runs afterwards leave no noise in the diff.

When lupdate moves a string to another context (a class renamed, a tr() context fixed) it
keeps the old translation but marks it unfinished. To finish those again:
    fill-ts.py --export /tmp/es.json translations/linnet_es.ts   # before lupdate
    cmake --build BUILD --target update_translations
    fill-ts.py translations/linnet_es.ts /tmp/es.json            # then --missing for new ones
"""

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")
TAG = re.compile(r"</?[A-Za-z][^>]*>")
MNEMONIC = re.compile(r"&(?!&)(?=\w)")
KEYSEQ = re.compile(r"^(?:(?:Ctrl|Shift|Alt|Meta)\+)+\S+$|^F\d{1,2}$")


class Dictionary:
    """Merged dictionaries: global entries plus per-context overrides."""

    def __init__(self):
        self.common, self.contexts = {}, {}

    def load(self, path):
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, json.JSONDecodeError) as e:
            sys.exit(f"fill-ts: cannot read dictionary {path}: {e}")
        for ctx, entries in data.pop("@context", {}).items():
            self.contexts.setdefault(ctx, {}).update(entries)
        self.common.update(data)

    def lookup(self, context, source, comment):
        keys = ([f"{source}|{comment}"] if comment else []) + [source]
        for table in (self.contexts.get(context, {}), self.common):
            for key in keys:
                if key in table:
                    return table[key]
        return None


def problems(source, translation):
    """Why a translation may not replace its source text (empty list: it may)."""
    found = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        found.append("placeholders differ")
    if sorted(TAG.findall(source)) != sorted(TAG.findall(translation)):
        found.append("markup differs")
    if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(translation)):
        found.append("mnemonic (&) differs")
    if KEYSEQ.match(source) and translation != source:
        found.append("a key sequence must stay as it is")
    if source.strip() == source and translation.strip() != translation:
        found.append("leading or trailing space added")
    return found


def text_of(element):
    return element.text or "" if element is not None else ""


def forms_of(translation):
    return [text_of(f) for f in translation.findall("numerusform")]


def fill_message(context, message, dictionary, report):
    source = text_of(message.find("source"))
    comment = text_of(message.find("comment"))
    translation = message.find("translation")
    kind = translation.get("type")
    if kind in ("vanished", "obsolete"):
        report["gone"].append((context, source))
        return
    wanted = dictionary.lookup(context, source, comment)
    numerus = message.get("numerus") == "yes"
    if wanted is None:
        if kind == "unfinished":
            report["missing"].append((context, source, numerus, len(forms_of(translation))))
        return
    forms = wanted if isinstance(wanted, list) else [wanted]
    count = len(translation.findall("numerusform")) if numerus else 1
    why = [] if len(forms) == count else [f"needs {count} form(s), got {len(forms)}"]
    for form in forms:
        why += problems(source, form) if form else ["empty translation"]
    if why:
        report["bad"].append((context, source, "; ".join(dict.fromkeys(why))))
        return
    if numerus:
        for element, form in zip(translation.findall("numerusform"), forms):
            element.text = form
    else:
        translation.text = forms[0]
    translation.attrib.pop("type", None)
    report["filled"] += 1


def escape(text):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("'", "&apos;").replace('"', "&quot;")
    return text


def write_element(element, depth, out):
    """lupdate's layout: <TS> and <context> at column 0, then four spaces a level."""
    indent = " " * (4 * max(depth - 1, 0))
    attrs = "".join(f' {k}="{escape(v)}"' for k, v in element.attrib.items())
    children = list(element)
    if not children:
        if element.tag == "location" and not element.text:
            out.append(f"{indent}<{element.tag}{attrs}/>\n")
        else:
            out.append(f"{indent}<{element.tag}{attrs}>{escape(text_of(element))}</{element.tag}>\n")
        return
    out.append(f"{indent}<{element.tag}{attrs}>\n")
    for child in children:
        write_element(child, depth + 1, out)
    out.append(f"{indent}</{element.tag}>\n")


def write_ts(root, path):
    out = ['<?xml version="1.0" encoding="utf-8"?>\n', "<!DOCTYPE TS>\n"]
    write_element(root, 0, out)
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))


def export(root, path):
    """Finished translations as a dictionary; a context that differs goes under @context."""
    common, contexts = {}, {}
    for context in root.iter("context"):
        name = text_of(context.find("name"))
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type"):
                continue
            source = text_of(message.find("source"))
            comment = text_of(message.find("comment"))
            key = f"{source}|{comment}" if comment else source
            value = forms_of(translation) if message.get("numerus") == "yes" else text_of(translation)
            if common.setdefault(key, value) != value:
                contexts.setdefault(name, {})[key] = value
    if contexts:
        common["@context"] = contexts
    dump_json(common, path)


def dump_json(data, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ts", help="the .ts file to fill (rewritten in place)")
    parser.add_argument("dictionaries", nargs="*", help="JSON dictionaries, later ones win")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if anything is unfinished, gone or bad")
    parser.add_argument("--missing", metavar="JSON", help="write a skeleton of what is left")
    parser.add_argument("--export", metavar="JSON", help="write the finished translations")
    args = parser.parse_args()

    try:
        tree = ET.parse(args.ts)
    except (OSError, ET.ParseError) as e:
        sys.exit(f"fill-ts: cannot read {args.ts}: {e}")
    dictionary = Dictionary()
    for path in args.dictionaries:
        dictionary.load(path)
    report = {"filled": 0, "missing": [], "gone": [], "bad": []}
    for context in tree.getroot().iter("context"):
        name = text_of(context.find("name"))
        for message in context.iter("message"):
            fill_message(name, message, dictionary, report)

    for context, source, why in report["bad"]:
        print(f"fill-ts: {context}: {why}: {source!r}", file=sys.stderr)
    if args.dictionaries and not args.check:
        write_ts(tree.getroot(), args.ts)
    if args.missing:
        skeleton = {}
        for _, source, numerus, forms in report["missing"]:
            skeleton[source] = [""] * forms if numerus else ""
        dump_json(skeleton, args.missing)
    if args.export:
        export(tree.getroot(), args.export)
    print(f"fill-ts: {args.ts}: {report['filled']} filled, {len(report['missing'])} unfinished, "
          f"{len(report['gone'])} vanished or obsolete, {len(report['bad'])} rejected",
          file=sys.stderr)
    if args.check:
        for context, source, *_ in report["missing"]:
            print(f"fill-ts: unfinished in {context}: {source!r}", file=sys.stderr)
        for context, source in report["gone"]:
            print(f"fill-ts: vanished in {context}: {source!r}", file=sys.stderr)
    failed = report["bad"] or (args.check and (report["missing"] or report["gone"]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
