from urllib.parse import urlsplit

from flask import abort, current_app, flash, redirect, render_template, request, session, url_for  # noqa: F401
from flask_babel import force_locale, get_locale, gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from ..extensions import db, login_manager
from ..forms import EmptyForm
from ..models import Role, User
from ..services import accounts
from ..web import principal, run
from . import bp
from .forms import ForgotForm, LoginForm, PasswordForm, PreferencesForm, ResetForm


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
    """Each user lands where their work is: a focal point on what its organisation owes, a co-chair on
    the forum's dashboard; others on this page."""
    who = principal()
    if not request.args.get("stay") and not who.is_admin:
        if who.focal_org_ids and not who.is_staff:
            return redirect(url_for("followup.owe"))
        chaired = sorted(f for f, roles in who.forum_roles.items() if Role.CO_CHAIR in roles)
        if chaired:
            return redirect(url_for("followup.dashboard", forum_id=chaired[0]))
    return render_template("auth/home.html", principal=who)


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
    prefs = PreferencesForm(prefix="prefs", language=current_user.language or "", digits=current_user.digits or "latin",
                            reminders=current_user.person.reminders_enabled)
    status = 200
    if request.method == "POST" and "pw-current_password" in request.form and form.validate_on_submit():
        ok, status = run(form, accounts.change_password, current_user, current_user,
                         current=form.current_password.data, new=form.new_password.data, confirm=form.confirm.data)
        if ok:
            flash(_("Your password was changed."), "info")
            return redirect(url_for("auth.account"))
    elif request.method == "POST" and "prefs-language" in request.form and prefs.validate_on_submit():
        def save():
            user = current_user._get_current_object()  # the trail names the record by its class
            accounts.update_user(user, user, language=prefs.language.data, digits=prefs.digits.data)
            accounts.set_reminders(user, user, bool(prefs.reminders.data))
        ok, status = run(prefs, save)
        if ok:
            return redirect(url_for("auth.account"))
    elif request.method == "POST":
        status = 422
    return render_template("auth/account.html", form=form, prefs=prefs), status


@bp.route("/password/forgot", methods=["GET", "POST"])
def forgot_password():
    """Always the same answer, whether the address has an account or not."""
    form = ForgotForm()
    if form.validate_on_submit():
        from sqlalchemy import select

        from .. import mail
        user = db.session.scalar(select(User).where(User.email == accounts.normalise_email(form.email.data)))
        if user is not None and user.is_enabled:
            link = url_for("auth.reset_password", token=accounts.reset_token(user), _external=True)
            hours = current_app.config["PASSWORD_RESET_HOURS"]
            with force_locale(user.language or str(get_locale())):  # theirs, else the page's language
                mail.send(user.email, _("Reset your DS Tracker password"),
                          render_template("emails/reset.txt", user=user, link=link, hours=hours),
                          render_template("emails/reset.html", user=user, link=link, hours=hours))
        flash(_("If an account uses this address, a link to choose a new password is on its way."), "info")
        return redirect(url_for("auth.login"))
    return render_template("auth/forgot.html", form=form), (422 if request.method == "POST" else 200)


@bp.route("/password/reset/<token>", methods=["GET", "POST"])
def reset_password(token):
    user = accounts.user_for_reset_token(token)
    if user is None:
        flash(_("This link has expired or was already used. Ask for a new one."), "error")
        return redirect(url_for("auth.forgot_password"))
    form = ResetForm()
    status = 200
    if form.validate_on_submit():
        ok, status = run(form, accounts.reset_password, user, new=form.new_password.data, confirm=form.confirm.data)
        if ok:
            flash(_("Your password was changed. Log in with it."), "info")
            return redirect(url_for("auth.login"))
    elif request.method == "POST":
        status = 422
    return render_template("auth/reset.html", form=form), status


@bp.route("/language", methods=["POST"])
def switch_language():
    """The switch on every page: stored on the account (with its trail), or in the session before login."""
    language = request.form.get("language", "")
    if language not in accounts.LANGUAGES:
        abort(400)
    if current_user.is_authenticated:
        user = current_user._get_current_object()  # the trail names the record by its class, not the proxy's
        run(None, accounts.update_user, user, user, language=language)
    else:
        session["language"] = language
    return redirect(_safe_next(request.form.get("next")))
