"""nbconvert preprocessors of the project's page template (export/templates/lineargan).

The template's conf.json registers them, so every export with that template runs them: the
build (scripts/notebooks.py) and JupyterLab's "Save and Export Notebook As → HTML".
"""
