/*
 * The auditor's page (/audit/{complaintNo}): draws each process instance of the case with the BPMN of the version it
 * ran on (bpmn-js, served by the desk), marks the path it took, and lists the trail beside it. Every value is set as
 * text; nothing from the case is ever parsed as HTML.
 */
(function () {
  'use strict';

  var root = document.getElementById('audit');
  var complaintNo = root.getAttribute('data-complaint-no');
  var base = '/audit/' + encodeURIComponent(complaintNo);
  var viewer = new BpmnJS({ container: '#diagram' });

  function getJson(path) {
    return fetch(base + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(path + ' answered ' + response.status);
        }
        return response.json();
      });
  }

  function text(tag, value, className) {
    var element = document.createElement(tag);
    element.textContent = value == null ? '' : String(value);
    if (className) {
      element.className = className;
    }
    return element;
  }

  function mark(canvas, registry, ids, marker) {
    ids.forEach(function (id) {
      if (registry.get(id)) {
        canvas.addMarker(id, marker);
      }
    });
  }

  function show(instance, buttons) {
    buttons.forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-instance') === instance.processInstanceId));
    });
    var facts = document.getElementById('instance-facts');
    facts.textContent = (instance.name || instance.processDefinition) + ' — definition ' + instance.processDefinition
      + ', instance ' + instance.processInstanceId + ', ' + instance.state
      + (instance.calledFrom ? ', called from ' + instance.calledFrom : '');
    return viewer.importXML(instance.xml).then(function () {
      var canvas = viewer.get('canvas');
      var registry = viewer.get('elementRegistry');
      mark(canvas, registry, instance.done, 'audit-done');
      mark(canvas, registry, instance.current, 'audit-current');
      mark(canvas, registry, instance.incidents, 'audit-incident');
      canvas.zoom('fit-viewport');
      root.setAttribute('data-shown-instance', instance.processInstanceId);
    });
  }

  function diagrams(data) {
    var nav = document.getElementById('instances');
    var buttons = data.instances.map(function (instance) {
      var button = text('button', (instance.superProcessInstanceId ? '↳ ' : '') + (instance.name || instance.processDefinition)
        + ' (' + instance.processDefinition + ')');
      button.type = 'button';
      button.setAttribute('data-instance', instance.processInstanceId);
      button.addEventListener('click', function () {
        show(instance, buttons).catch(failed);
      });
      nav.appendChild(button);
      return button;
    });
    if (data.instances.length === 0) {
      nav.appendChild(text('p', 'The engine holds no process instance of this case.'));
      return Promise.resolve();
    }
    return show(data.instances[0], buttons);
  }

  function trail(data) {
    var body = document.querySelector('#trail tbody');
    data.entries.forEach(function (entry) {
      var row = document.createElement('tr');
      row.className = 'kind-' + entry.kind.toLowerCase();
      row.appendChild(text('td', entry.at.replace('T', ' ').replace('Z', '')));
      row.appendChild(text('td', entry.kind));
      row.appendChild(text('td', entry.actor));
      row.appendChild(text('td', [entry.processDefinition, entry.activityName || entry.activityId]
        .filter(Boolean).join(' · ')));
      var summary = text('td', entry.summary);
      summary.title = JSON.stringify(entry.details);
      row.appendChild(summary);
      body.appendChild(row);
    });
    document.getElementById('trail-status').textContent = data.entries.length + ' entries, oldest first.';
  }

  function failed(error) {
    var status = document.getElementById('trail-status');
    status.textContent = 'Could not load: ' + error.message;
    status.className = 'refused';
  }

  getJson('/diagrams').then(diagrams).catch(failed);
  getJson('/trail').then(trail).catch(failed);
}());
