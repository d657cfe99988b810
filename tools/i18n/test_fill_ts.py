#!/usr/bin/env python3
"""Tests of fill-ts.py on a small catalogue in lupdate's layout: python3 tools/i18n/test_fill_ts.py"""

import json
import pathlib
import subprocess
import sys
import tempfile
import unittest

SCRIPT = pathlib.Path(__file__).with_name("fill-ts.py")

CATALOGUE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Tile</name>
    <message>
        <location filename="../qml/Tile.qml" line="+3"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open %1&apos;s &quot;menu&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <location filename="../qml/Account.qml" line="+7"/>
        <source>On</source>
        <translation>Activada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gone</source>
        <translation type="vanished">Ido</translation>
    </message>
</context>
</TS>
"""


class FillTsTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.ts = pathlib.Path(self.dir.name, "x.ts")
        self.ts.write_text(CATALOGUE, encoding="utf-8")

    def tearDown(self):
        self.dir.cleanup()

    def run_script(self, *args, dictionary=None):
        extra = []
        if dictionary is not None:
            path = pathlib.Path(self.dir.name, f"d{len(list(pathlib.Path(self.dir.name).iterdir()))}.json")
            path.write_text(json.dumps(dictionary), encoding="utf-8")
            extra.append(str(path))
        return subprocess.run([sys.executable, str(SCRIPT), *args, str(self.ts), *extra],
                              capture_output=True, text=True)

    def test_empty_dictionary_rewrites_the_file_unchanged(self):
        self.assertEqual(self.run_script(dictionary={}).returncode, 0)
        self.assertEqual(self.ts.read_text(encoding="utf-8"), CATALOGUE)

    def test_fills_plurals_escapes_and_context_overrides(self):
        result = self.run_script(dictionary={
            "On": "Encendido", "Open %1's \"menu\"": "Abrir el «menú» de %1",
            "%n item(s)": ["%n elemento", "%n elementos"],
            "@context": {"Account": {"On": "Activa"}}})
        self.assertEqual(result.returncode, 0, result.stderr)
        text = self.ts.read_text(encoding="utf-8")
        self.assertIn("<translation>Encendido</translation>", text)
        self.assertIn("<translation>Activa</translation>", text)
        self.assertIn("<numerusform>%n elementos</numerusform>", text)
        self.assertIn("<source>Open %1&apos;s &quot;menu&quot;</source>", text)
        self.assertNotIn('type="unfinished"', text)
        self.assertIn('<translation type="vanished">Ido</translation>', text)

    def test_refuses_lost_placeholders_and_wrong_plural_forms(self):
        result = self.run_script(dictionary={"Open %1's \"menu\"": "Abrir el menú",
                                             "%n item(s)": ["%n elementos"]})
        self.assertEqual(result.returncode, 1)
        self.assertIn("placeholders differ", result.stderr)
        self.assertIn("needs 2 form(s), got 1", result.stderr)
        self.assertEqual(self.ts.read_text(encoding="utf-8").count('type="unfinished"'), 3)

    def test_check_fails_on_unfinished_and_vanished(self):
        result = self.run_script("--check")
        self.assertEqual(result.returncode, 1)
        self.assertIn("unfinished in Tile: 'On'", result.stderr)
        self.assertIn("vanished in Account: 'Gone'", result.stderr)

    def test_missing_and_export_round_trip(self):
        todo = pathlib.Path(self.dir.name, "todo.json")
        self.run_script("--missing", str(todo))
        self.assertEqual(json.loads(todo.read_text(encoding="utf-8")),
                         {"On": "", "Open %1's \"menu\"": "", "%n item(s)": ["", ""]})
        out = pathlib.Path(self.dir.name, "all.json")
        self.run_script("--export", str(out))
        self.assertEqual(json.loads(out.read_text(encoding="utf-8")), {"On": "Activada"})


if __name__ == "__main__":
    unittest.main()
