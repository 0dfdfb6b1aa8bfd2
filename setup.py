"""Ships the top-level dictionaries/ folder inside the wheel as ttdn_cli/dictionaries."""
import pathlib
import shutil

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPyWithDictionaries(build_py):
    def run(self):
        super().run()
        src = pathlib.Path(__file__).resolve().parent / "dictionaries"
        dst = pathlib.Path(self.build_lib) / "ttdn_cli" / "dictionaries"
        if src.is_dir():
            shutil.copytree(src, dst, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildPyWithDictionaries})
