from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, PasswordField, SelectField, StringField
from wtforms.validators import DataRequired, Length

from ..forms import DIGIT_OPTIONS, LANGUAGE_OPTIONS, options


class LoginForm(FlaskForm):
    email = StringField(_l("E-mail"), validators=[DataRequired(), Length(max=255)])
    password = PasswordField(_l("Password"), validators=[DataRequired()])


class PasswordForm(FlaskForm):
    current_password = PasswordField(_l("Current password"), validators=[DataRequired()])
    new_password = PasswordField(_l("New password"), validators=[DataRequired()])
    confirm = PasswordField(_l("New password again"), validators=[DataRequired()])


class PreferencesForm(FlaskForm):
    language = SelectField(_l("Language"), choices=options(LANGUAGE_OPTIONS))
    digits = SelectField(_l("Digits in Arabic"), choices=options(DIGIT_OPTIONS))
    reminders = BooleanField(_l("E-mail me reminders of actions due or overdue"))


class ForgotForm(FlaskForm):
    email = StringField(_l("E-mail"), validators=[DataRequired(), Length(max=255)])


class ResetForm(FlaskForm):
    new_password = PasswordField(_l("New password"), validators=[DataRequired()])
    confirm = PasswordField(_l("New password again"), validators=[DataRequired()])
