from urllib.parse import urlsplit

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from ..extensions import db, login_manager
from ..forms import EmptyForm
from ..models import User
from ..services import accounts
from ..web import principal, run
from . import bp
from .forms import LoginForm, PasswordForm, PreferencesForm


@login_manager.user_loader
def load_user(user_id):
    return db.session.get(User, int(user_id))


def _safe_next(target: str | None) -> str:
    """Only a path on this site: never an open redirect."""
    if not target or urlsplit(target).netloc or urlsplit(target).scheme or not target.startswith("/") \
            or target.startswith("//"):
        return url_for("auth.home")
    return target


@bp.route("/")
@login_required
def home():
    return render_template("auth/home.html", principal=principal())


@bp.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("auth.home"))
    form = LoginForm()
    status = 200
    if form.validate_on_submit():
        cfg = current_app.config
        if accounts.login_blocked(form.email.data, request.remote_addr, max_failures=cfg["LOGIN_MAX_FAILURES"],
                                  window_minutes=cfg["LOGIN_WINDOW_MINUTES"]):
            flash(_("Too many failed attempts. Wait %(minutes)s minutes and try again.",
                    minutes=cfg["LOGIN_WINDOW_MINUTES"]), "error")
            return render_template("auth/login.html", form=form), 429
        user = accounts.authenticate(form.email.data, form.password.data, request.remote_addr)
        db.session.commit()  # the attempt is recorded either way
        if user is not None:
            login_user(user)
            from flask import session
            session.permanent = True
            return redirect(_safe_next(request.args.get("next")))
        flash(_("Wrong e-mail or password."), "error")
        status = 401
    elif request.method == "POST":
        status = 422
    return render_template("auth/login.html", form=form), status


@bp.route("/logout", methods=["POST"])
def logout():
    if not EmptyForm().validate_on_submit():
        abort(400)
    logout_user()
    flash(_("You are logged out."), "info")
    return redirect(url_for("auth.login"))


@bp.route("/account", methods=["GET", "POST"])
@login_required
def account():
    form = PasswordForm(prefix="pw")
    prefs = PreferencesForm(prefix="prefs", language=current_user.language)
    status = 200
    if request.method == "POST" and "pw-current_password" in request.form and form.validate_on_submit():
        ok, status = run(form, accounts.change_password, current_user, current_user,
                         current=form.current_password.data, new=form.new_password.data, confirm=form.confirm.data)
        if ok:
            flash(_("Your password was changed."), "info")
            return redirect(url_for("auth.account"))
    elif request.method == "POST" and "prefs-language" in request.form and prefs.validate_on_submit():
        ok, status = run(prefs, accounts.update_user, current_user, current_user, language=prefs.language.data)
        if ok:
            return redirect(url_for("auth.account"))
    elif request.method == "POST":
        status = 422
    return render_template("auth/account.html", form=form, prefs=prefs), status
