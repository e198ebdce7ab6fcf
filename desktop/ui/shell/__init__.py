"""The shell: main window, navigation, status bar, tasks, errors, i18n and style.

The way in: ``desktop.ui.shell.application.run`` (not imported here: the feature
packages import the shell's helpers, and the main window imports the features).
"""
